package press.masthead.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks racing as requests on several nodes do: each on a thread of its own, all let go together once every thread
 * is ready. Nothing here waits for a time; the race decides the order.
 */
public final class AtOnce {
    private AtOnce() {
    }

    /** Runs the tasks together and returns what each returned, in their order; a task's failure is thrown. */
    public static <T> List<T> run(List<Callable<T>> tasks) throws InterruptedException, ExecutionException {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(threads.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> task : running) {
                results.add(task.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
