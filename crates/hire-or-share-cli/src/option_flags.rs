//! `--option KIND`, repeatable: one more option with its defaults, added to
//! the scenario's list, or to today's three when it has none.

use hire_or_share::{Lang, OptionList, OptionSpec, Scenario};

use crate::failure::Failure;

/// The options added on the command line, in the order given.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct OptionFlags {
    /// One more option to compare, with its defaults, by its kind in
    /// kebab-case: full-time-hire, part-time-hire, shared-time, freelance,
    /// portage, interim-manager, employer-group; with its own day rate and
    /// days a week as `shared-time:950x2`. Repeatable: each is added, in
    /// order, after the scenario's options (`--options`), or after today's
    /// three (full-time hire, part-time hire, shared time) when it has none.
    #[arg(long = "option", value_name = "KIND", action = clap::ArgAction::Append)]
    option: Vec<String>,
}

/// Adds the options of `flags` to `scenario`'s list (today's three when it
/// has none). Each value is read by the core's text form of a list of
/// options; the days and rates are checked with the rest of the scenario
/// (`Scenario::validate`, when it is compared).
///
/// # Errors
///
/// A [`Failure`] on `--option` naming the option list (`options`) when a
/// value does not read, or when the list would be longer than
/// [`OptionList::MAX_OPTIONS`].
pub fn add_options(
    scenario: &mut Scenario,
    flags: &OptionFlags,
    lang: Lang,
) -> Result<(), Failure> {
    if flags.option.is_empty() {
        return Ok(());
    }
    let failure = |e: &hire_or_share::Error| Failure::flag("option", e, lang);
    let base = scenario.options.unwrap_or_else(OptionList::default_three);
    let mut specs: Vec<OptionSpec> = base.options().to_vec();
    for text in &flags.option {
        let added: OptionList = text.parse().map_err(|e| failure(&e))?;
        specs.extend_from_slice(added.options());
    }
    scenario.options = Some(OptionList::new(&specs).map_err(|e| failure(&e))?);
    Ok(())
}
