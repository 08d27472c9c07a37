//! How the CLI fails: the message and exit code the AWS CLI uses for each kind.

use std::fmt;

/// A failure, printed on stderr.
#[derive(Debug)]
pub enum CliError {
    /// Bad command line: usage, then `ecr: error: ...`; exit 2.
    Usage(String),
    /// Anything else that stops the command: `\n<message>`; exit 255.
    Failure(String),
    /// No region or no credentials: `<message>` (no blank line first, as the
    /// AWS CLI prints these); exit 255.
    Setup(String),
    /// Input that breaks the model, found before sending: exit 255.
    ParamValidation(Vec<String>),
    /// The service answered with an error: exit 255.
    Service {
        code: String,
        operation: String,
        message: Option<String>,
        /// `Some(n)` when the error was retried until attempts ran out.
        retries: Option<u32>,
    },
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 2,
            _ => 255,
        }
    }

    /// Everything written to stderr.
    pub fn stderr(&self) -> String {
        match self {
            CliError::Usage(m) => format!(
                "usage: ecr [options] <command> [parameters]\nTo see help text, you can run:\n\n  ecr --help\n  ecr <command> --help\n\necr: error: {m}\n"
            ),
            CliError::Setup(m) => format!("{m}\n"),
            other => format!("\n{other}\n"),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) | CliError::Failure(m) | CliError::Setup(m) => f.write_str(m),
            CliError::ParamValidation(lines) => {
                write!(f, "Parameter validation failed:\n{}", lines.join("\n"))
            }
            CliError::Service {
                code,
                operation,
                message,
                retries,
            } => {
                let retries = retries
                    .map(|n| format!(" (reached max retries: {n})"))
                    .unwrap_or_default();
                write!(
                    f,
                    "An error occurred ({code}) when calling the {operation} operation{retries}: {}",
                    message.as_deref().unwrap_or("Unknown")
                )
            }
        }
    }
}

impl std::error::Error for CliError {}
