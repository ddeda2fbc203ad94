-- The newsroom's people and their access: accounts with roles, sessions kept in the database (so any node can
-- serve them), login failures for throttling, personal API tokens, the one-time setup link, and the audit log.

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    email               TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL,
    role                TEXT    NOT NULL CHECK (role IN ('admin', 'editor', 'author', 'contributor')),
    -- NULL: the account has no usable password yet (an imported author, say) and cannot log in.
    password_hash       TEXT,
    author_id           INTEGER REFERENCES authors (id) ON DELETE SET NULL,
    totp_secret         TEXT,
    created_at          BIGINT  NOT NULL
);

CREATE TABLE recovery_codes (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE sessions (
    id_hash                TEXT    PRIMARY KEY,
    account_id             INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token             TEXT    NOT NULL,
    second_factor_pending  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at             BIGINT  NOT NULL,
    last_seen_at           BIGINT  NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY,
    email TEXT    NOT NULL,
    ip    TEXT    NOT NULL,
    at    BIGINT  NOT NULL
);
CREATE INDEX login_failures_ip ON login_failures (ip, at);
CREATE INDEX login_failures_email_ip ON login_failures (email, ip, at);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL DEFAULT '',
    token_hash   TEXT    NOT NULL UNIQUE,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);

CREATE TABLE setup_tokens (
    token_hash TEXT   PRIMARY KEY,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         BIGINT  NOT NULL,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    actor      TEXT    NOT NULL DEFAULT '',
    action     TEXT    NOT NULL,
    subject    TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT '',
    ip         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);

-- Who made an article: an author or contributor may change their own articles only.
ALTER TABLE articles ADD COLUMN owner_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
