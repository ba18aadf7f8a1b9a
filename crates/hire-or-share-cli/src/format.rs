//! The output formats of `compare`, `employer-cost` and `presets`.

use clap::ValueEnum;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text for the terminal.
    Table,
    /// JSON, decimals as strings.
    Json,
    /// Markdown tables.
    Markdown,
}
