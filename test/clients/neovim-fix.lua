-- Drives the Hush language server from a real headless Neovim (0.7+ API: vim.lsp.start_client, which 0.10 still
-- has), the way a user would: open a file, wait for diagnostics, run the "Move to .env as …" code action through
-- vim.lsp.buf.code_action (the picker answered by a stand-in vim.ui.select), save, quit.
-- Run by test/clients/neovim.client.test.ts:
--   HUSH_SERVER=… HUSH_ROOT=… HUSH_FILE=… HUSH_OUT=… nvim --headless -u NONE -i NONE -n -c 'luafile neovim-fix.lua'
-- Writes a JSON report to $HUSH_OUT: what Neovim saw (diagnostics, action titles, messages) and the buffer after the fix.
local server = assert(os.getenv("HUSH_SERVER"), "HUSH_SERVER not set")
local root = assert(os.getenv("HUSH_ROOT"), "HUSH_ROOT not set")
local file = assert(os.getenv("HUSH_FILE"), "HUSH_FILE not set")
local out_path = assert(os.getenv("HUSH_OUT"), "HUSH_OUT not set")
local WAIT_MS = tonumber(os.getenv("HUSH_WAIT_MS") or "20000")
-- "fix" (default): diagnostics, then the fix; "diagnostics": stop after the diagnostics.
local MODE = os.getenv("HUSH_MODE") or "fix"

local report = { nvim = vim.version(), steps = {}, messages = {}, action_titles = {}, published = {} }

local function step(name)
  table.insert(report.steps, name)
end

local function write_report()
  local f = assert(io.open(out_path, "w"))
  f:write(vim.fn.json_encode(report))
  f:close()
end

local function run()
  -- Without it a buffer has no filetype and the server would get languageId "" for a .js file.
  vim.cmd("filetype on")
  local function record_message(_, result)
    table.insert(report.messages, { type = result.type, message = result.message })
  end
  local client_id = vim.lsp.start_client({
    name = "hush",
    cmd = { "node", server, "--stdio" },
    root_dir = root,
    handlers = {
      ["window/showMessage"] = record_message,
      ["window/logMessage"] = record_message,
      -- Keep what the server sent (UTF-16 ranges) beside what Neovim made of it, then let Neovim handle it.
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        table.insert(report.published, result)
        return vim.lsp.handlers["textDocument/publishDiagnostics"](err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      report.server_exit = { code = code, signal = signal }
    end,
  })
  assert(client_id, "vim.lsp.start_client returned nil")
  step("client started")

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(WAIT_MS, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 20)
  if not got then
    error("no diagnostics within " .. WAIT_MS .. " ms")
  end
  step("diagnostics received")
  local client = vim.lsp.get_client_by_id(client_id)
  report.server_capabilities = client and client.server_capabilities or vim.NIL
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(report.diagnostics, {
      source = d.source,
      code = d.code,
      message = d.message,
      severity = d.severity,
      -- 0-based lines, 0-based byte columns, end exclusive (vim.diagnostic's own form)
      range = { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col },
    })
  end

  local function stop()
    vim.lsp.stop_client(client_id)
    vim.wait(5000, function() return report.server_exit ~= nil end, 20)
    step("client stopped")
  end
  if MODE == "diagnostics" then
    return stop()
  end

  -- The fix, as a user runs it: cursor on the finding, :lua vim.lsp.buf.code_action(), pick "Move to .env as …".
  local finding = vim.diagnostic.get(bufnr)[1]
  vim.api.nvim_win_set_cursor(0, { finding.lnum + 1, finding.col })
  local picked = false
  vim.ui.select = function(items, opts, on_choice)
    local choice
    for _, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(report.action_titles, title)
      if not choice and title:match("^Move to %.env as ") then
        choice = item
      end
    end
    picked = true
    report.move_offered = choice ~= nil
    on_choice(choice)
  end
  -- With no actions at all, Neovim only notifies ("No code actions available") and never opens the picker.
  local notified = {}
  local notify = vim.notify
  vim.notify = function(msg, ...)
    table.insert(notified, tostring(msg))
    return notify(msg, ...)
  end
  local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
  vim.lsp.buf.code_action()
  if not vim.wait(WAIT_MS, function() return picked or #notified > 0 end, 20) or not picked then
    error("the code action picker never opened: " .. (notified[1] or "no answer to textDocument/codeAction"))
  end
  if not report.move_offered then
    error("no 'Move to .env as …' among the code actions: " .. table.concat(report.action_titles, " | "))
  end
  step("code action picked")
  local changed = vim.wait(WAIT_MS, function()
    return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n") ~= before
  end, 20)
  if not changed then
    error("the buffer did not change after the fix (workspace/applyEdit not received?)")
  end
  step("buffer edited")
  vim.cmd("write")
  step("saved")
  report.buffer = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  -- Diagnostics after the edit: the finding should be gone.
  vim.wait(WAIT_MS, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  report.diagnostics_after = #vim.diagnostic.get(bufnr)
  stop()
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  report.error = tostring(err)
end
write_report()
vim.cmd(ok and "qa!" or "cq!")
