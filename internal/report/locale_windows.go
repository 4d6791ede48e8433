package report

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

var getUserDefaultLocaleName = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")

// EnvLocale is the user's locale for paper sizes as Windows has it: the language tag of
// the format chosen under Settings → Time & language → Region ("en-US", "es-MX"), or ""
// when Windows does not say.
func EnvLocale() string {
	const localeNameMaxLength = 85 // LOCALE_NAME_MAX_LENGTH
	buf := make([]uint16, localeNameMaxLength)
	n, _, _ := getUserDefaultLocaleName.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return windows.UTF16ToString(buf)
}
