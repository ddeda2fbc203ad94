package press.masthead.admin.media;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaUse;
import press.masthead.media.AltTextMissingException;
import press.masthead.media.MediaDetails;
import press.masthead.media.MediaInUseException;
import press.masthead.media.MediaNotFoundException;
import press.masthead.media.MediaRejectedException;
import press.masthead.media.MediaUploads;

/**
 * What the admin may do with the media library, for the API and the pages alike. Everyone who writes may look
 * through the library, since a contributor picks pictures for their drafts from it; authors and up may upload, and
 * change and delete their own uploads; editors and admins everyone's. Uploads and deletions go to the audit log.
 */
public final class MediaAdmin {
    static final int PER_PAGE = 24;

    private final MediaUploads uploads;
    private final AuditLog audit;

    public MediaAdmin(MediaUploads uploads, AuditLog audit) {
        this.uploads = uploads;
        this.audit = audit;
    }

    /** A page of the library, newest first. */
    record Listing(List<MediaItem> items, String query, int page, int total) {
        int pageCount() {
            return Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        }
    }

    Listing list(Principal who, String query, int page) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        String text = query == null ? "" : query.strip();
        return new Listing(uploads.search(text, (page - 1) * PER_PAGE, PER_PAGE), text, page, uploads.count(text));
    }

    MediaItem find(Principal who, long id) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        return uploads.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * @param decorative the uploader says the picture adds nothing a reader would miss, so it needs no alt text
     */
    MediaItem upload(Principal who, String fileName, InputStream content, MediaDetails details, boolean decorative,
                     String ip) {
        who.require(Permission.UPLOAD_MEDIA);
        try {
            MediaItem item = uploads.upload(fileName, content, decorative ? details.withoutAlt() : details,
                    who.account().id(), decorative ? MediaUploads.AltText.OPTIONAL
                            : MediaUploads.AltText.REQUIRED_FOR_IMAGES);
            audit.record(who.account(), "media.uploaded", item.filePath(), item.mediaType(), ip);
            return item;
        } catch (MediaRejectedException e) {
            throw e.reason() == MediaRejectedException.Reason.TOO_LARGE
                    ? new AdminException.TooLarge("file", e.getMessage())
                    : new AdminException.Invalid("file", e.getMessage());
        } catch (AltTextMissingException e) {
            throw new AdminException.Invalid("alt", e.getMessage());
        }
    }

    MediaItem updateDetails(Principal who, long id, MediaDetails details) {
        MediaItem item = find(who, id);
        requireMayChange(who, item);
        try {
            return uploads.updateDetails(item.id(), details);
        } catch (MediaNotFoundException e) {
            throw notFound(id);
        }
    }

    /** @throws AdminException.Conflict naming, also as {@code uses}, the articles and pages that show the file */
    void delete(Principal who, long id, String ip) {
        MediaItem item = find(who, id);
        requireMayChange(who, item);
        try {
            uploads.delete(item.id());
        } catch (MediaInUseException e) {
            throw new AdminException.Conflict(null, e.getMessage(),
                    Map.of("uses", e.uses().stream().map(MediaAdmin::use).toList()));
        } catch (MediaNotFoundException e) {
            throw notFound(id);
        }
        audit.record(who.account(), "media.deleted", item.isStoredHere() ? item.filePath() : item.url(), "", ip);
    }

    /** Whether this account may change the file's details and delete it: its uploader, or an editor or admin. */
    static boolean mayChange(Principal who, MediaItem item) {
        return who.can(Permission.MANAGE_ANY_MEDIA)
                || who.can(Permission.UPLOAD_MEDIA) && Objects.equals(item.uploadedBy(), who.account().id());
    }

    private static void requireMayChange(Principal who, MediaItem item) {
        if (!mayChange(who, item)) {
            throw new AdminException.Forbidden("Only its uploader, an editor or an admin may change or delete this"
                    + " file.");
        }
    }

    /** An article or page that shows a file, with the admin page that edits it. */
    static Map<String, Object> use(MediaUse use) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", use.kind().label());
        view.put("id", use.id());
        view.put("title", use.title());
        view.put("editUrl", "/admin/" + use.kind().label() + "s/" + use.id());
        return view;
    }

    private static AdminException notFound(long id) {
        return new AdminException.NotFound("There is no media file with id " + id + "; it may have been deleted.");
    }
}
