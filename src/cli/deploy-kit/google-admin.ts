// The policy for the Google Admin console: Devices → Chrome → Apps & extensions → Users & browsers
// → the extension → "Policy for extensions" (paste the file's content, or upload the file).
//
// Format: every top-level key is a policy name mapped to { "Value": <value> }. That is the format
// Chrome parses for extension policy that comes from the cloud: Chromium's
// components/policy/core/common/cloud/component_cloud_policy_store.cc (chromium/chromium),
// ComponentCloudPolicyStore::ParsePolicy(): "Each top-level key maps a policy name to its
// description. Each description is an object that contains the policy value under the "Value" key.
// The optional "Level" key is either "Mandatory" (default) or "Recommended"." Vendors' Admin-console
// guides show the same {"Name": {"Value": …}} shape. Not verified against the Admin console itself.
import type { KitConfig } from './config';
import { jsonBytes, type OutputFile } from './output';

export function googleAdminFile(config: KitConfig): OutputFile {
  const body = Object.fromEntries(Object.entries(config.policy).map(([key, value]) => [key, { Value: value }]));
  return {
    path: 'google-admin/second-look-policy-for-extensions.json',
    bytes: jsonBytes(body),
    purpose:
      `Google Admin console (Chrome on managed accounts or enrolled browsers): Devices → Chrome → Apps & extensions → Users & browsers → add the extension by id ${config.extensionIds.chrome}, ` +
      'set it to "Force install", and paste this file into "Policy for extensions".',
  };
}
