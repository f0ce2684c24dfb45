package de.ropa.security.control;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs something again when the caller's transaction has ended (forgetting what a concurrent request re-read). */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before: the change is not visible to others yet
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
