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
    click.echo(f"界面地址：http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/")
    launch(settings, host=host, port=port, auth=users)
