"""`make telegram-webhook`: tell Telegram where to send this bot's updates.

Run it once per deployment, and again after changing TELEGRAM_WEBHOOK_URL or
TELEGRAM_SECRET_TOKEN. The Rasa replicas never register the webhook themselves.
It checks that the token belongs to TELEGRAM_BOT_NAME, registers the webhook
with the secret Telegram must send back, limits updates to the kinds the
channel reads, and sets the command menu.
"""
from __future__ import annotations

import asyncio
import re
import sys

from aiogram import Bot
from aiogram.bot.api import Methods
from aiogram.types import BotCommand
from aiogram.utils.exceptions import TelegramAPIError, ValidationError
from aiogram.utils.payload import prepare_arg

from actions.settings import Settings, get_settings
from channels.telegram import COMMANDS, api_server, redactor

# What channels.telegram reads; Telegram sends nothing else (no polls, no channel posts).
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
# Telegram's rule for secret_token.
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")


class WebhookSetupError(Exception):
    """A problem the person running the command can fix; the message says how."""


def check_settings(settings: Settings) -> None:
    missing = [
        name for name, value in (
            ("TELEGRAM_TOKEN", settings.telegram_token),
            ("TELEGRAM_SECRET_TOKEN", settings.telegram_secret_token),
            ("TELEGRAM_BOT_NAME", settings.telegram_bot_name),
            ("TELEGRAM_WEBHOOK_URL", settings.telegram_webhook_url),
        ) if not value
    ]
    if missing:
        raise WebhookSetupError(f"Set {', '.join(missing)} (see docs/telegram.md) and run this again.")
    if not SECRET_PATTERN.fullmatch(settings.telegram_secret_token):
        raise WebhookSetupError(
            "TELEGRAM_SECRET_TOKEN must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)."
        )
    if not settings.telegram_webhook_url.startswith("https://"):
        raise WebhookSetupError("TELEGRAM_WEBHOOK_URL must start with https:// (Telegram only calls HTTPS).")


async def register_webhook(settings: Settings) -> None:
    check_settings(settings)
    redactor.protect(settings.telegram_token)
    redactor.protect(settings.telegram_secret_token)
    try:
        bot = Bot(settings.telegram_token, server=api_server(settings.telegram_api_base_url))
    except ValidationError:
        raise WebhookSetupError("TELEGRAM_TOKEN does not look like a bot token from @BotFather.") from None
    try:
        me = await bot.get_me()
        if (me.username or "").lower() != settings.telegram_bot_name.lower():
            raise WebhookSetupError(
                f"TELEGRAM_TOKEN belongs to @{me.username}, not @{settings.telegram_bot_name}: "
                "check which bot this deployment should be."
            )
        # aiogram 2.15 predates the secret_token parameter of setWebhook.
        await bot.request(Methods.SET_WEBHOOK, {
            "url": settings.telegram_webhook_url,
            "secret_token": settings.telegram_secret_token,
            "allowed_updates": prepare_arg(ALLOWED_UPDATES),
        })
        await bot.set_my_commands([BotCommand(command.name, command.description) for command in COMMANDS])
    except TelegramAPIError as error:
        raise WebhookSetupError(f"Telegram refused: {redactor.blank(str(error))}") from None
    finally:
        await bot.session.close()


def main() -> int:
    settings = get_settings()
    try:
        asyncio.run(register_webhook(settings))
    except WebhookSetupError as error:
        print(f"telegram-webhook: {error}", file=sys.stderr)
        return 1
    print(f"telegram-webhook: Telegram now sends @{settings.telegram_bot_name}'s updates to "
          f"{settings.telegram_webhook_url} with the secret token.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
