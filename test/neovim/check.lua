-- Drives rapport-ls from Neovim's own LSP client (0.7 and later), headless, and writes what it
-- saw as JSON to $RAPPORT_OUT. Run by test/protocol/neovim.test.ts; the 0.7 calls are used on purpose.
local server = os.getenv('RAPPORT_LS')
local out = os.getenv('RAPPORT_OUT')
local result = { diagnostics = {}, actions = {}, errors = {} }

local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({ name = 'rapport', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(0, client_id)
  result.attached = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)
  local urgency
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local code = d.code or lsp.code
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = code, source = d.source, message = d.message, severity = d.severity })
    if code == 'pushy.urgency' and not urgency then urgency = d end
  end
  if not urgency then return end

  -- What 0.7's vim.lsp.buf.code_action() sends: the cursor as the range, line diagnostics without `data`.
  vim.api.nvim_win_set_cursor(0, { urgency.lnum + 1, urgency.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics() }
  result.sent_data = params.context.diagnostics[1] and params.context.diagnostics[1].data ~= nil
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000) or {}
  local preferred
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.actions, action.title)
      if action.isPreferred and not preferred then preferred = action end
    end
  end

  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000) or {}
  for _, response in pairs(hover) do
    if response.result then result.hover = response.result.contents.value end
  end

  if preferred then
    result.before = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    result.after = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
    local fixed_line, fixed_col = urgency.lnum, urgency.col
    result.cleared = vim.wait(10000, function()
      for _, d in ipairs(vim.diagnostic.get(0)) do
        if d.lnum == fixed_line and d.col == fixed_col and (d.code or (d.user_data and d.user_data.lsp or {}).code) == 'pushy.urgency' then return false end
      end
      return true
    end, 100)
  end
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
