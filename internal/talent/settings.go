package talent

// PaperSetting is the key of the setting that holds the paper size for documents: "a4",
// "letter", or "" to follow the locale. The app saves it; the app and the command line
// read it.
const PaperSetting = "paper"
