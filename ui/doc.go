// Package ui is Leadbridge's desktop interface: a main window with one area per record
// kind, built from Fyne widgets. It reaches the data only through its Store interface
// (the talent services and a few file and setting calls), which the command wires to the
// SQLite store; it never imports the store itself.
//
// # Vocabulary
//
//   - An area is one destination of the navigation on the left (Home, People, ...). It
//     is built the first time it is shown and kept; load reads what it shows from the
//     store, and refresh loads and then shows it, or shows the error.
//   - A page takes the place of the people list inside the People area: a person's
//     page, an assessment form, a comparison. Escape and Back return to the list.
//   - A panel is one part of a page, such as the plan or the training on a person's
//     page. Some panels are also the whole of an area: the mentoring pairs and the
//     training log show everyone's in their areas and one person's on their page.
//   - A form is a dialog that edits one record, built on editor: Save stays disabled
//     while a field or the record breaks a rule, and the dialog closes only once the
//     save succeeded.
//   - A job is slow work (a document, an import, a backup) that runs off the UI
//     goroutine behind a progress dialog, through runInBackground, and then reports.
//
// # Where things are
//
//	area or part            files
//	the window, navigation  app.go, window.go (its size), dialogs.go (errors, questions,
//	                        jobs), dialogkeys.go (Enter, Escape and Ctrl+S in every
//	                        dialog), notice.go (brief confirmations at the foot of the
//	                        window), help.go (the Help menu)
//	Home                    home.go, welcome.go (first start: sample, import, template)
//	People                  people.go, people_list.go (search and sort), people_keys.go
//	                        (the keyboard path from the search to a person), staff.go
//	                        (import and export the staff spreadsheet)
//	  a person's page       person.go, person_form.go, person_history.go, person_chart.go
//	  assessment form       assessment.go, assessment_save.go, assessment_progress.go,
//	                        assessment_source.go (typed in or a paper form, its round)
//	  development plan      plan.go, plan_goal.go, plan_milestone.go
//	  leadership moments    moment.go
//	  comparison, decision  compare.go, compare_team.go (a team against their manager)
//	  their personal data   privacy.go
//	  ratings, rating packs ratings.go (ask for and import ratings; group figures)
//	Succession              succession.go, succession_form.go
//	Mentoring               mentoring.go, mentoring_form.go
//	Training                training.go, training_form.go
//	Leadership standard     standard.go
//	Settings                settings.go, backups.go (back up, restore, purge)
//	Due                     due.go (the agenda; opening, ticking off, logging from it),
//	                        calendar.go (Export to calendar…), reminder.go (the
//	                        daily notification of what is overdue)
//	documents (PDF)         export.go, savefiles.go (save dialogs leave files alone)
//	names in every script   fonts.go (the bundled fonts Fyne falls back on)
//	data that cannot open   recovery.go
//	shared parts            forms.go (editor, validators), inputs.go (inputs that pass
//	                        Enter and Escape on to the dialog), person_picker.go,
//	                        widgets.go, filepicker.go (large file pickers in the last
//	                        folder used), tip.go (cells and links that show a cut text
//	                        in full under the pointer), loads.go (views that load off
//	                        the UI goroutine, the newest load shown)
package ui
