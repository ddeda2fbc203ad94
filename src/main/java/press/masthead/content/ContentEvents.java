package press.masthead.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each committed change to every listener: page cache, search index, other nodes. */
public final class ContentEvents {
    private static final Logger log = LoggerFactory.getLogger(ContentEvents.class);
    private final List<Consumer<ContentEvent>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<ContentEvent> listener) {
        listeners.add(listener);
    }

    /** Call only after the change committed. One failing listener must not keep the others uninformed. */
    public void fire(ContentEvent event) {
        for (Consumer<ContentEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("A content listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
