import { Msg } from '../i18n/Msg.tsx';

/**
 * Said under the masthead of a dataset a link loaded (`?data=`): which dataset this is and
 * where it came from, so that one which copies the letter's title and authors does not pass
 * for the site's own. It cannot be dismissed, and is printed too.
 */
export function DatasetOriginNote({ url }: { url: string }) {
  return (
    <div className="notice dataset-origin" role="note">
      <p>
        <Msg id="dataset.origin" values={{ url: <bdi translate="no">{url}</bdi> }} />
      </p>
    </div>
  );
}
