/**
 * The upload operations that take a `file` option: multipart bodies whose `meta` part is
 * `{"filename","sha256"}`. Size limits and formats are those the API descriptions
 * (../shared/openapi) state; where they state none, WeChat Pay's answer decides.
 */
export interface UploadRule {
  /** Allowed file name extensions (lower case) with their size limits in bytes; absent: any file. */
  formats?: Record<string, number>;
  /** What the description says, quoted in errors. */
  says?: string;
}

const MiB = 1024 * 1024;
const image = (max: number): Record<string, number> => ({ jpg: max, jpeg: max, png: max, bmp: max });

export const UPLOAD_RULES: Readonly<Record<string, UploadRule>> = {
  // 媒体图片只支持JPG、BMP、PNG格式，文件大小不能超过5M。PDF文件大小不能超过7.5M。
  'v3/merchant/media/upload': { formats: { ...image(5 * MiB), pdf: 7.5 * MiB }, says: 'JPG, BMP or PNG up to 5M; PDF up to 7.5M' },
  'v3/merchant/media/video_upload': {},
  'v3/marketing/favor/media/image-upload': {},
  // 媒体图片只支持jpg、png、bmp格式，文件大小不能超过2M。
  'v3/merchant-service/images/upload': { formats: image(2 * MiB), says: 'jpg, png or bmp up to 2M' },
  'v3/global/merchant-service/images/upload': { formats: image(2 * MiB), says: 'jpg, png or bmp up to 2M' },
  'v3/marketing/partner/product-coupon/media/upload-image': {},
  'v3/global/merchant-storage/file/upload': {},
};

/** Content types by file name extension, for the file part. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp', gif: 'image/gif', pdf: 'application/pdf',
  mp4: 'video/mp4', avi: 'video/x-msvideo', wmv: 'video/x-ms-wmv', mpeg: 'video/mpeg', mov: 'video/quicktime',
  mkv: 'video/x-matroska', flv: 'video/x-flv', f4v: 'video/x-f4v', m4v: 'video/x-m4v', rmvb: 'application/vnd.rn-realmedia-vbr',
};

/** True when a call's options carry their own `file` (an upload to prepare before building). */
export function hasFile(options: unknown): boolean {
  return typeof options === 'object' && options !== null && Object.hasOwn(options, 'file');
}
