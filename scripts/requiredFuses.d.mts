export const REQUIRED_FUSES: Record<string, boolean>;
export const REQUIRED_FUSE_OPTIONS: Record<string, boolean>;
export const ALLOWED_ELECTRON_MAJORS: number[];
