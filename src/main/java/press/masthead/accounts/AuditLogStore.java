package press.masthead.accounts;

import java.util.List;

public interface AuditLogStore {
    void insert(AuditEntry entry);

    List<AuditEntry> recent(int offset, int limit);

    int count();
}
