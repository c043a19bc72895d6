/// The commit the binary was built from; packaging/release.sh replaces this file in the tree it builds.
let buildCommit = "dev"
