$version: "2.0"

// Event streams over restJson1: a model-answers-in-tokens operation in the
// shape of Bedrock's ConverseStream (an output stream with a mid-stream
// exception), an upload of audio chunks (an input stream), a chat whose
// replies stream while its messages still arrive (both ways at once), and
// events with headers, explicit payloads and implicit ones. The
// documentation is our own.
namespace example.talk

use aws.auth#sigv4
use aws.protocols#restJson1

/// A service that talks back a token at a time.
@restJson1
@sigv4(name: "talk")
@title("Talk")
service Talk {
    version: "2026-12-07"
    operations: [Converse, Transcribe, Chat]
}

/// Answers a prompt as a stream of tokens, then a summary.
@http(method: "POST", uri: "/converse/{modelId}")
operation Converse {
    input := {
        /// The model that answers.
        @required
        @httpLabel
        modelId: String

        /// What to answer.
        @required
        prompt: String
    }

    output := {
        /// The request's id, before the first event.
        @httpHeader("x-talk-conversation")
        conversationId: String

        /// The answer, as it is produced.
        @httpPayload
        stream: AnswerStream
    }

    errors: [ModelNotFound]
}

/// Accepts audio a chunk at a time and answers with what it heard.
@http(method: "POST", uri: "/transcribe")
operation Transcribe {
    input := {
        /// The language of the audio.
        @httpHeader("x-talk-language")
        language: String

        /// The audio.
        @httpPayload
        audio: AudioStream
    }

    output := {
        /// How many chunks arrived.
        chunks: Integer

        /// How many bytes of audio arrived.
        bytes: Long

        /// What the audio said.
        transcript: String
    }
}

/// The events of an answer.
@streaming
union AnswerStream {
    /// One token of the answer.
    token: TokenEvent

    /// The end of the answer.
    summary: SummaryEvent

    /// Produced too fast: the answer stops here.
    throttled: ThrottlingException
}

/// One token.
structure TokenEvent {
    /// The token's place in the answer.
    @eventHeader
    index: Integer

    /// Whether the token ends a sentence.
    @eventHeader
    final: Boolean

    /// The token's text.
    text: String
}

/// The answer's totals.
structure SummaryEvent {
    /// When the answer ended.
    @eventHeader
    finishedAt: Timestamp

    /// The totals, as the payload.
    @eventPayload
    usage: Usage
}

/// Tokens in and out.
structure Usage {
    inputTokens: Integer
    outputTokens: Integer
}

/// Too many tokens too fast.
@error("client")
structure ThrottlingException {
    message: String
}

/// No model has that id.
@error("client")
@httpError(404)
structure ModelNotFound {
    message: String
}

/// The events of an upload.
@streaming
union AudioStream {
    /// A chunk of audio.
    chunk: AudioChunk
}

/// A chunk of audio: its bytes are the payload.
structure AudioChunk {
    /// The chunk's codec.
    @eventHeader
    codec: String

    /// The audio.
    @eventPayload
    audio: Blob
}

/// Answers each message as it arrives, while more are still coming.
@http(method: "POST", uri: "/chat")
operation Chat {
    input := {
        /// The messages.
        @httpPayload
        messages: ChatStream
    }

    output := {
        /// The replies.
        @httpPayload
        replies: ChatStream
    }
}

/// The events of a chat.
@streaming
union ChatStream {
    /// A message, or a reply.
    message: ChatMessage
}

/// One message.
structure ChatMessage {
    /// The message's place in the chat.
    @eventHeader
    seq: Long

    /// What it says.
    text: String
}
