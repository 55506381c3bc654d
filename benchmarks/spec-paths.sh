# Sourced by the benchmark scripts: spec_path NAME prints the spec a short name stands for (pulsetic, github, stripe,
# or any corpus file's name without its extension). Needs $repo and $corpus set.
spec_path() {
  case "$1" in
    pulsetic) echo "$repo/specs/pulsetic.openapi.yaml" ;;
    github) echo "$corpus/github-rest.json" ;;
    stripe) echo "$corpus/stripe-api.json" ;;
    *) ls "$corpus/$1".* | head -1 ;;
  esac
}
