// The fuse settings Gleaner ships with (SECURITY.md S11), in electron-builder's config names.
// electron-builder.yml must match (checked by a unit test); scripts/verifyFuses.mjs reads the
// packaged binary back against the same table.
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/** The same table keyed by @electron/fuses' FuseV1Options names. */
export const REQUIRED_FUSE_OPTIONS = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

/** Electron majors still supported upstream that Gleaner has been tested with. */
export const ALLOWED_ELECTRON_MAJORS = [45, 46, 47];
