package dev.chronoscope.source.db;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An Axon Framework 4 event-sourced aggregate (the gift card of Axon's own quick start, in our
 * words) that writes real event stores for the database tests: issued, redeemed, reimbursed,
 * cancelled. Events are plain classes (Jackson and XStream both need to read them back).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE) // Axon's snapshots serialize the aggregate's fields
public class GiftCard {

    @AggregateIdentifier
    private String cardId;
    private BigDecimal remaining;
    private boolean cancelled;

    GiftCard() {
        // for Axon
    }

    @CommandHandler
    public GiftCard(IssueCard cmd) {
        if (cmd.amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        apply(new CardIssued(cmd.cardId, cmd.amount, cmd.owner), MetaData.with("user", cmd.user));
    }

    @CommandHandler
    public void handle(RedeemCard cmd) {
        if (cancelled || cmd.amount.compareTo(remaining) > 0) {
            throw new IllegalStateException("cannot redeem " + cmd.amount + " from " + cardId);
        }
        apply(new CardRedeemed(cardId, cmd.transactionId, cmd.amount), MetaData.with("user", cmd.user));
    }

    @CommandHandler
    public void handle(ReimburseCard cmd) {
        apply(new CardReimbursed(cardId, cmd.transactionId, cmd.amount), MetaData.with("user", cmd.user));
    }

    @CommandHandler
    public void handle(CancelCard cmd) {
        apply(new CardCancelled(cardId, cmd.reason, true), MetaData.with("user", cmd.user));
    }

    @EventSourcingHandler
    void on(CardIssued e) {
        cardId = e.cardId;
        remaining = e.amount;
    }

    @EventSourcingHandler
    void on(CardRedeemed e) {
        remaining = remaining.subtract(e.amount);
    }

    @EventSourcingHandler
    void on(CardReimbursed e) {
        remaining = remaining.add(e.amount);
    }

    @EventSourcingHandler
    void on(CardCancelled e) {
        cancelled = true;
        markDeleted();
    }

    // ---- commands ----

    public static final class IssueCard {
        @TargetAggregateIdentifier
        public final String cardId;
        public final BigDecimal amount;
        public final String owner;
        public final String user;

        public IssueCard(String cardId, BigDecimal amount, String owner, String user) {
            this.cardId = cardId;
            this.amount = amount;
            this.owner = owner;
            this.user = user;
        }
    }

    public static final class RedeemCard {
        @TargetAggregateIdentifier
        public final String cardId;
        public final String transactionId;
        public final BigDecimal amount;
        public final String user;

        public RedeemCard(String cardId, String transactionId, BigDecimal amount, String user) {
            this.cardId = cardId;
            this.transactionId = transactionId;
            this.amount = amount;
            this.user = user;
        }
    }

    public static final class ReimburseCard {
        @TargetAggregateIdentifier
        public final String cardId;
        public final String transactionId;
        public final BigDecimal amount;
        public final String user;

        public ReimburseCard(String cardId, String transactionId, BigDecimal amount, String user) {
            this.cardId = cardId;
            this.transactionId = transactionId;
            this.amount = amount;
            this.user = user;
        }
    }

    public static final class CancelCard {
        @TargetAggregateIdentifier
        public final String cardId;
        public final String reason;
        public final String user;

        public CancelCard(String cardId, String reason, String user) {
            this.cardId = cardId;
            this.reason = reason;
            this.user = user;
        }
    }

    // ---- events (mutable plain classes: Jackson and XStream read them back for event sourcing) ----

    public static class CardIssued {
        public String cardId;
        public BigDecimal amount;
        public String owner;

        public CardIssued() {}

        CardIssued(String cardId, BigDecimal amount, String owner) {
            this.cardId = cardId;
            this.amount = amount;
            this.owner = owner;
        }
    }

    public static class CardRedeemed {
        public String cardId;
        public String transactionId;
        public BigDecimal amount;

        public CardRedeemed() {}

        CardRedeemed(String cardId, String transactionId, BigDecimal amount) {
            this.cardId = cardId;
            this.transactionId = transactionId;
            this.amount = amount;
        }
    }

    public static class CardReimbursed {
        public String cardId;
        public String transactionId;
        public BigDecimal amount;

        public CardReimbursed() {}

        CardReimbursed(String cardId, String transactionId, BigDecimal amount) {
            this.cardId = cardId;
            this.transactionId = transactionId;
            this.amount = amount;
        }
    }

    public static class CardCancelled {
        public String cardId;
        public String reason;
        public boolean refunded;

        public CardCancelled() {}

        CardCancelled(String cardId, String reason, boolean refunded) {
            this.cardId = cardId;
            this.reason = reason;
            this.refunded = refunded;
        }
    }

    /** A snapshot payload (the state of a card), stored as a known state. */
    public static class CardState {
        public String cardId;
        public BigDecimal remaining;

        public CardState() {}

        CardState(String cardId, BigDecimal remaining) {
            this.cardId = cardId;
            this.remaining = remaining;
        }
    }
}
