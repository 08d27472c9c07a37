$version: "2.0"

// Event streams over the RPC protocols (awsJson1_1 and rpcv2Cbor, one
// service speaking both): the body is the stream, and the input's or
// output's other members travel in its first message (`initial-request`,
// `initial-response`). A quote feed in the shape of Kinesis's
// SubscribeToShard (an output stream opened by the subscription's details,
// with a mid-stream exception), a trade upload (an input stream opened by
// the feed's name), and an echo both ways at once. Events carry timestamps
// and blobs in their implicit payloads, which CBOR writes typed. The
// documentation is our own.
namespace example.ticker

use aws.auth#sigv4
use aws.protocols#awsJson1_1
use smithy.protocols#rpcv2Cbor

/// A market feed: quotes out, trades in.
@awsJson1_1
@rpcv2Cbor
@sigv4(name: "ticker")
@title("Ticker")
service Ticker {
    version: "2026-12-07"
    operations: [Subscribe, Publish, Echo]
}

/// Streams the quotes of a symbol as they change.
operation Subscribe {
    input := {
        /// The symbol to follow.
        @required
        symbol: String

        /// How many quotes to send (all of them when unset).
        limit: Integer
    }

    output := {
        /// The subscription, named before the first quote.
        subscriptionId: String

        /// When the subscription started.
        startedAt: Timestamp

        /// The quotes.
        quotes: QuoteStream
    }

    errors: [UnknownSymbol]
}

/// Takes a stream of trades and answers with their totals.
operation Publish {
    input := {
        /// The feed the trades belong to.
        @required
        feed: String

        /// When the batch was opened.
        openedAt: Timestamp

        /// The trades.
        trades: TradeStream
    }

    output := {
        /// The feed, as the trades named it.
        feed: String

        /// When the batch was opened, as the caller said.
        openedAt: Timestamp

        /// How many trades arrived.
        count: Integer

        /// Their total volume.
        volume: Long

        /// Their notes, concatenated.
        notes: Blob
    }
}

/// Answers each trade as it arrives, while more are still coming.
operation Echo {
    input := {
        /// Prefixed to every answer.
        label: String

        /// The trades to echo.
        trades: TradeStream
    }

    output := {
        /// The label, as the input said.
        label: String

        /// The answers.
        trades: TradeStream
    }
}

/// The events of a subscription.
@streaming
union QuoteStream {
    /// A new price.
    quote: Quote

    /// Trading stopped: the stream ends here.
    halted: TradingHalted
}

/// One price.
structure Quote {
    /// The symbol quoted.
    @eventHeader
    symbol: String

    /// The price.
    price: Double

    /// When the price was set.
    at: Timestamp

    /// The exchange's own record of it.
    raw: Blob
}

/// Trading in the symbol stopped.
@error("server")
structure TradingHalted {
    message: String
}

/// No symbol has that name.
@error("client")
structure UnknownSymbol {
    message: String
}

/// The events of a batch of trades.
@streaming
union TradeStream {
    /// One trade.
    trade: Trade
}

/// One trade.
structure Trade {
    /// The trade's place in the batch.
    @eventHeader
    seq: Long

    /// How many shares changed hands.
    volume: Long

    /// When it happened.
    at: Timestamp

    /// A note, as bytes.
    note: Blob
}
