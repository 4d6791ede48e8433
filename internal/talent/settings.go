package talent

// PaperSetting is the key of the setting that holds the paper size for documents: "a4",
// "letter", or "" to follow the locale. The app saves it; the app and the command line
// read it.
const PaperSetting = "paper"

// ReminderSetting is the key of the setting that turns off the reminder of what is
// overdue, sent when the app starts and once a day while it stays open: "off", or ""
// for on.
const ReminderSetting = "reminder"
