package press.masthead.accounts;

/** What an account may try to do to one article; {@link ArticleAccess} says who may. */
public enum ArticleAction {
    /** Open it in the admin, its revisions and its preview included. */
    VIEW,
    /** Change its fields, autosave, restore a revision. */
    EDIT,
    /** Hand a draft to the editors for review. */
    SUBMIT,
    PUBLISH,
    /** Set or change the time it will be published, or take it off the schedule. */
    SCHEDULE,
    /** Take a published article down. */
    UNPUBLISH,
    DELETE
}
