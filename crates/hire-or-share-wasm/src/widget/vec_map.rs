//! A small map from field names to values, kept in a vector in the order of
//! insertion: the element's maps hold a few dozen entries at most.
//!
//! Kept in place of std's maps for its size: on the stable build, with
//! `std::collections::BTreeMap` in its place the French page downloads 6,769
//! bytes gzip -9 more (73,580 → 80,349), with `HashMap` 4,055 more (77,635,
//! over the budget); `SMALL_STD=0 bash scripts/build-widget.sh && bash
//! scripts/size.sh`.

/// A map from `String` keys, looked up by a linear search.
pub(super) struct VecMap<V>(Vec<(String, V)>);

impl<V> Default for VecMap<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<V> VecMap<V> {
    /// The value of `key`.
    pub(super) fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub(super) fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets the value of `key`, in its place if it had one, last otherwise.
    pub(super) fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }

    /// Removes `key` and its value.
    pub(super) fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }

    /// The values, in order.
    pub(super) fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// The entries, in order.
    pub(super) fn into_vec(self) -> Vec<(String, V)> {
        self.0
    }
}

impl<'a, V> IntoIterator for &'a VecMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}
