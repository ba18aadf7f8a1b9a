//! What a visitor did, as the controller receives it: one typed message per
//! kind of change, read from the browser's event once (`events::message`),
//! then applied to the model and shown by the view (`events::apply`).

use hire_or_share::{Location, Role};

/// One change to the calculator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Message {
    /// A field's text (a checkbox's `true` or `false`), by its scenario name.
    Field { name: String, text: String },
    /// The days' slider, at its plain value (`1.5`).
    Slider(String),
    /// The role's select.
    Role(Role),
    /// The zone's select.
    Location(Location),
    /// The bundle mode switched on or off.
    BundleMode(bool),
    /// The days a week of one role in the bundle mode, by role key.
    BundleDays { role: String, text: String },
    /// A period of the need profile changed (its months or its days).
    NeedRows,
    /// A starting shape of the need profile (`6x2,18x0.5`).
    NeedShape(String),
    /// "Add a period".
    NeedAdd,
    /// "Remove" on period `n` (from 1).
    NeedRemove(usize),
    /// A field back to its default.
    Reset(String),
    /// The answer to a field's question: its plain value.
    Fix { field: String, value: String },
    /// A disclosure of the result opened, by its part's key: its table is
    /// drawn then (`results::PARTS`).
    Open(String),
    /// "Copy the link".
    Share,
    /// "Printable version".
    Print,
    /// "See today's figures" under a pinned result.
    Today,
}

impl Message {
    /// Whether the message changes the scenario, so that the result is
    /// computed again.
    pub(super) fn recomputes(&self) -> bool {
        !matches!(self, Self::Share | Self::Print | Self::Open(_))
    }
}
