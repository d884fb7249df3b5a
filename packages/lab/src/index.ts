export type { LabErrorCode } from "./errors.js";
export { LAB_ERROR_CODES, LabError } from "./errors.js";
export type { LabOptions, LabStatus, LabUpOptions } from "./lab.js";
export { labDown, labStatus, labUp } from "./lab.js";
