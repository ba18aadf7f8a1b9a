//! The flag of every scenario field, built when the command line is read
//! from the field table (`fields`), and the values given to them, in the
//! order they were given: clap's builder API under a derived `Args`.

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};

use crate::fields::{self, Field, Kind};

/// The scenario fields given on the command line: `(JSON name, text)`, in
/// the order given, each field once (the last value given).
#[derive(Debug, Default, Clone)]
pub struct FieldFlags(pub Vec<(&'static str, String)>);

/// A field's flag: `--mobility-rate-percent <PERCENT>`, with the core's
/// label and the range in its help. Numbers and dates take a leading `-`
/// as a value, so that `--day-rate -900` is refused with the field's range
/// rather than read as another flag; a switch alone is `true`.
fn flag(field: &'static Field) -> Arg {
    let arg = Arg::new(field.json)
        .long(field.flag.as_str())
        .value_name(field.value_name())
        .help(field.help())
        .action(ArgAction::Set)
        .value_parser(clap::value_parser!(String));
    let arg = match field.kind {
        Kind::Switch => arg.num_args(0..=1).default_missing_value("true"),
        Kind::Number | Kind::WholeNumber | Kind::Date | Kind::Text => arg.allow_hyphen_values(true),
        Kind::Choice(_) => arg,
    };
    // The need profile's flag as it was first named.
    if field.json == "needProfile" {
        arg.visible_alias("need")
    } else {
        arg
    }
}

impl Args for FieldFlags {
    fn augment_args(cmd: Command) -> Command {
        cmd.args(fields::all().iter().map(flag))
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for FieldFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut flags = Self::default();
        flags.update_from_arg_matches(matches)?;
        Ok(flags)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        let mut given: Vec<(usize, &'static str, String)> = fields::all()
            .iter()
            .filter(|f| matches.value_source(f.json) == Some(ValueSource::CommandLine))
            .filter_map(|f| {
                let index = matches.index_of(f.json)?;
                let text = matches.get_one::<String>(f.json)?;
                Some((index, f.json, text.clone()))
            })
            .collect();
        given.sort_by_key(|&(index, ..)| index);
        self.0
            .retain(|(json, _)| given.iter().all(|g| g.1 != *json));
        self.0
            .extend(given.into_iter().map(|(_, json, text)| (json, text)));
        Ok(())
    }
}
