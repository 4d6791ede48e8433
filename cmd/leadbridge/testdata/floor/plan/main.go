// Command plan writes a two-page development plan with gofpdf alone, embedding a regular
// and a bold face: the floor for `leadbridge export plan` (see BenchmarkRatios in cmd/leadbridge).
//
//	plan OUT.pdf REGULAR.ttf BOLD.ttf
package main

import (
	"fmt"
	"os"

	"github.com/jung-kurt/gofpdf"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: plan OUT.pdf REGULAR.ttf BOLD.ttf")
		os.Exit(2)
	}
	if err := write(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func write(out, regular, bold string) error {
	reg, err := os.ReadFile(regular)
	if err != nil {
		return err
	}
	b, err := os.ReadFile(bold)
	if err != nil {
		return err
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("noto", "", reg)
	pdf.AddUTF8FontFromBytes("noto", "B", b)
	pdf.AliasNbPages("")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont("noto", "", 8)
		pdf.CellFormat(0, 5, fmt.Sprintf("Confidential · Page %d of {nb}", pdf.PageNo()), "", 0, "C", false, 0, "")
	})
	pdf.AddPage()
	pdf.SetFont("noto", "B", 16)
	pdf.Cell(0, 10, "Development plan — Zoë Ørsted-Müller")
	pdf.Ln(12)
	pdf.SetFont("noto", "", 10)
	for c := 1; c <= 10; c++ {
		pdf.CellFormat(80, 7, fmt.Sprintf("Competency %d", c), "1", 0, "", false, 0, "")
		pdf.Rect(95, pdf.GetY()+1, float64(20*(2+c%2)), 5, "F")
		pdf.Ln(7)
	}
	for i := 1; i <= 12; i++ {
		pdf.CellFormat(100, 7, fmt.Sprintf("Goal %d: delegate the weekly release check", i), "1", 0, "", false, 0, "")
		pdf.CellFormat(40, 7, "Delegating", "1", 0, "", false, 0, "")
		pdf.CellFormat(40, 7, "In progress", "1", 1, "", false, 0, "")
	}
	for i := 1; i <= 9; i++ {
		pdf.MultiCell(0, 6, fmt.Sprintf("2026-0%d-0%d Topics: feedback conversation practice %d. Agreed: try the SBI model with one teammate.", 1+i%9, 1+i%7, i), "1", "", false)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	return pdf.OutputAndClose(f)
}
