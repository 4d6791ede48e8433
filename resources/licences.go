package resources

import "embed"

// FontLicences holds the licence of every font under fonts/, as fonts/LICENSE-*.txt, for
// the app to show in About.
//
//go:embed fonts/LICENSE-*.txt
var FontLicences embed.FS
