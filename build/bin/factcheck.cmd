@echo off
rem `factcheck` for the installed app on Windows: the CLI built into the app, run by the app itself in Node mode.
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\..\factcheck-workbench.exe" "%~dp0..\app.asar\out\main\cli.js" %*
