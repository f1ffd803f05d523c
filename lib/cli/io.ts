/** Where the command writes. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Draw progress bars on stderr. @default whether stderr is a terminal */
  progress?: boolean;
}
