"""``drafter ui``: serve the clerks' web UI (parsing only; the app lives in drafter.ui)."""

from __future__ import annotations

import click

from drafter.cli import cli


@cli.command("ui")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听地址；在办公内网中供他人访问时用 0.0.0.0")
@click.option("--port", default=7860, show_default=True, type=int, help="端口")
@click.option("--auth", "auth", default=None, metavar="USER:PASS", help="启用登录：用户名:密码")
@click.option("--auth-file", "auth_file", default=None, type=click.Path(dir_okay=False),
              help="启用登录：账号文件，每行一个 用户名:密码")
@click.pass_obj
def ui_command(settings, host: str, port: int, auth: str | None, auth_file: str | None) -> None:
    """启动网页界面：录入事实、生成初稿、逐节审阅修改、导出。"""
    from drafter.ui import AuthError, launch, parse_auth, read_auth_file

    if auth and auth_file:
        raise click.UsageError("--auth 与 --auth-file 只能选一个")
    try:
        users = read_auth_file(auth_file) if auth_file else ([parse_auth(auth)] if auth else None)
    except AuthError as exc:
        raise click.ClickException(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost") and not users:
        click.echo("提醒：界面对内网开放但未启用登录（--auth / --auth-file），所有人都能看到全部草稿。", err=True)
    app = launch(settings, host=host, port=port, auth=users, prevent_thread_lock=True, quiet=True)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    click.echo(f"已启动：http://{shown}:{port}/")
    click.echo("在浏览器中打开上面的地址即可使用；按 Ctrl+C 停止。")
    _serve_until_interrupted(app)


def _serve_until_interrupted(app) -> None:
    """Gradio's own wait prints English on Ctrl+C; this one stops quietly and says so in Chinese.

    A parent that ignores SIGINT (a script's background job, as `make test` runs under some
    shells) hands the ignoring on, and Python then raises no KeyboardInterrupt: Ctrl+C and kill
    -INT must stop the UI whoever started it."""
    import signal
    import time

    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):   # Gradio's "Closing server running on port"
            app.close()
        click.echo("已停止。")
