/** A visible, announced loading state. */
export function Loading({ label }: { label: string }) {
  return (
    <div role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
