fn main() {
    let s = hire_or_share::Scenario::default();
    let r = hire_or_share::compare(&s).unwrap();
    let mut v = serde_json::to_value(&r).unwrap();
    v["fullTimeHire"]["employerCost"]["lines"] = serde_json::Value::Null;
    v["curve"] = serde_json::Value::Null;
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
}
