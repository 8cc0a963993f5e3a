;;; emacs-fix.el --- drive the Hush language server from a real Emacs + Eglot, in batch  -*- lexical-binding: t -*-
;; Opens a file, lets Eglot start the server (configured as a user would, through `eglot-server-programs'), waits
;; for Flymake to hold the server's diagnostics, then runs the "Move to .env as …" code action the way
;; M-x eglot-code-actions does (the prompt answered by a stand-in `completing-read'), saves and quits.
;; Run by test/clients/emacs.client.test.ts:
;;   HUSH_SERVER=… HUSH_FILE=… HUSH_OUT=… emacs -Q --batch -l emacs-fix.el
;; Writes a JSON report to $HUSH_OUT. HUSH_MODE=diagnostics stops after the diagnostics.

(require 'package)
;; -Q skips Debian's site start-up, which is what puts its elpa-* packages on the package path.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-activate-all)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defun hush-eglot-version ()
  (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))))

(defvar hush-server (or (getenv "HUSH_SERVER") (error "HUSH_SERVER not set")))
(defvar hush-file (or (getenv "HUSH_FILE") (error "HUSH_FILE not set")))
(defvar hush-out (or (getenv "HUSH_OUT") (error "HUSH_OUT not set")))
(defvar hush-mode (or (getenv "HUSH_MODE") "fix"))
(defvar hush-wait-seconds (string-to-number (or (getenv "HUSH_WAIT_SECONDS") "20")))
(defvar hush-report (list (cons 'emacs emacs-version) (cons 'eglot (hush-eglot-version))))
(defvar hush-steps nil)
(defvar hush-warnings nil)
(advice-add 'display-warning :before
            (lambda (type message &optional level &rest _)
              (when (memq (or level :warning) '(:warning :error :emergency)) ; not Flymake's :debug log
                (push (format "%s: %s" type message) hush-warnings))))

(defun hush-step (name) (push name hush-steps))
(defun hush-put (key value) (push (cons key value) hush-report))

(defun hush-wait-until (predicate what)
  "Let the server's messages in until PREDICATE holds; fail naming WHAT after `hush-wait-seconds'."
  (let ((deadline (+ (float-time) hush-wait-seconds)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun hush-diagnostic-json (diag)
  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag)))))
    (list (cons 'beg (flymake-diagnostic-beg diag)) ; 1-based buffer positions (characters), end exclusive
          (cons 'end (flymake-diagnostic-end diag))
          (cons 'text (flymake-diagnostic-text diag))
          (cons 'type (symbol-name (flymake-diagnostic-type diag)))
          (cons 'source (plist-get lsp :source))
          (cons 'code (plist-get lsp :code))
          (cons 'message (plist-get lsp :message))
          (cons 'lsp_range (plist-get lsp :range)))))

(defun hush-run ()
  ;; As a user would configure it (see README "In other editors").
  (add-to-list 'eglot-server-programs `((prog-mode conf-mode yaml-mode) . ("node" ,hush-server "--stdio")))
  (setq eglot-sync-connect t                    ; block until initialized: no idle loop in batch
        eglot-confirm-server-initiated-edits nil ; no y-or-n-p in batch
        flymake-no-changes-timeout 0.1)
  (find-file hush-file)
  (hush-put 'major_mode (symbol-name major-mode))
  (apply #'eglot (eglot--guess-contact))
  (hush-wait-until (lambda () (bound-and-true-p eglot--managed-mode)) "Eglot to manage the buffer")
  (hush-step "eglot connected")
  (hush-put 'server_capabilities (eglot--capabilities (eglot-current-server)))
  ;; Flymake starts on a command loop event in an interactive session; start it by hand in batch.
  (hush-wait-until (lambda () (flymake-start) (accept-process-output nil 0.05) (flymake-diagnostics))
                   "diagnostics in Flymake")
  (hush-step "diagnostics received")
  (hush-put 'diagnostics (vconcat (mapcar #'hush-diagnostic-json (flymake-diagnostics))))
  (unless (equal hush-mode "diagnostics")
    (let* ((diag (car (flymake-diagnostics)))
           (before (buffer-string))
           (titles nil))
      (goto-char (flymake-diagnostic-beg diag))
      ;; M-x eglot-code-actions at point, answering its prompt with the "Move to .env as …" entry.
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (_prompt collection &rest _)
                   (setq titles (mapcar #'car collection))
                   (or (cl-find-if (lambda (title) (string-prefix-p "Move to .env as " title)) titles)
                       (error "No \"Move to .env as …\" among the code actions: %s" (string-join titles " | "))))))
        (let ((last-nonmenu-event ?\r)) ; a key, not a mouse click: the prompt, not a popup menu
          (eglot-code-actions (point) nil nil t)))
      (hush-put 'action_titles (vconcat titles))
      (hush-step "code action run")
      (hush-wait-until (lambda () (not (equal (buffer-string) before))) "the fix to edit the buffer")
      (hush-step "buffer edited")
      (save-buffer)
      (hush-step "saved")
      (hush-put 'buffer (buffer-substring-no-properties (point-min) (point-max)))
      (hush-wait-until (lambda () (flymake-start) (accept-process-output nil 0.05) (null (flymake-diagnostics)))
                       "the diagnostic to clear after the fix")
      (hush-put 'diagnostics_after 0)))
  (eglot-shutdown (eglot-current-server))
  (hush-step "server shut down"))

(let ((ok (condition-case err
              (progn (hush-run) t)
            (error (hush-put 'error (error-message-string err)) nil))))
  (hush-put 'steps (vconcat (reverse hush-steps)))
  (hush-put 'warnings (vconcat (reverse hush-warnings)))
  (with-temp-file hush-out
    (insert (json-encode hush-report)))
  (kill-emacs (if ok 0 1)))
