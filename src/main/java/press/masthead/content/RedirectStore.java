package press.masthead.content;

import java.util.Optional;

/** Old paths that answer 301 to a current one: a slug change, later an import. */
public interface RedirectStore {
    Optional<String> targetOf(String oldPath);

    void put(String oldPath, String newPath);
}
