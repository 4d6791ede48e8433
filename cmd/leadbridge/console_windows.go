package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachParentProcess is ATTACH_PARENT_PROCESS: the console of the process that started
// this one.
const attachParentProcess = ^uint32(0)

var attachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// useParentConsole lets the command line print where it was typed. leadbridge.exe is a
// windowed program, so Windows opens no console for it and gives it none: when started
// from Command Prompt or PowerShell it attaches to that console and writes its output and
// messages there. Output sent to a file or a pipe already has somewhere to go and is left
// alone; started from the Start menu there is no console, and nothing changes.
func useParentConsole() {
	out, errOut := stdHandle(windows.STD_OUTPUT_HANDLE), stdHandle(windows.STD_ERROR_HANDLE)
	if out && errOut {
		return
	}
	if r, _, _ := attachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return
	}
	if !out {
		os.Stdout = console(windows.STD_OUTPUT_HANDLE, os.Stdout)
	}
	if !errOut {
		os.Stderr = console(windows.STD_ERROR_HANDLE, os.Stderr)
	}
}

// stdHandle reports whether the standard handle which already leads somewhere.
func stdHandle(which uint32) bool {
	h, err := windows.GetStdHandle(which)
	return err == nil && h != 0 && h != windows.InvalidHandle
}

// console opens the attached console for writing as the standard handle which, keeping
// f when it cannot.
func console(which uint32, f *os.File) *os.File {
	c, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return f
	}
	_ = windows.SetStdHandle(which, windows.Handle(c.Fd()))
	return c
}
