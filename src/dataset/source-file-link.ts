/** The source file this site offers for a dataset, with its checksum when the dataset gives one. */
export interface SourceFileLink {
  href: string;
  name: string;
  sha256: string | undefined;
}
