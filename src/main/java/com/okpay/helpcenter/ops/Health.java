package com.okpay.helpcenter.ops;

/** What readiness depends on besides content: whether shutdown has begun, and the database. */
public final class Health {
    private final DatabaseProbe database;
    private volatile boolean stopping;

    public Health(DatabaseProbe database) {
        this.database = database;
    }

    public boolean databaseUp() {
        return database.up();
    }

    public boolean stopping() {
        return stopping;
    }

    /** From now on readiness answers 503, so load balancers stop sending new visitors here. */
    public void beginShutdown() {
        stopping = true;
    }
}
