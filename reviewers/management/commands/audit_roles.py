"""Find rank given in the database itself (an UPDATE, raw SQL) and record it.

    manage.py audit_roles             record what is found; the editors are told by the next mail sweep
    manage.py audit_roles --dry-run   say what would be recorded, record nothing
    manage.py audit_roles --no-mail   record, but tell nobody

The first run on a database (no baseline on record) keeps what it finds as the baseline and
mails nobody: ranks given before role grants were recorded (reviewers.role_audit).

Beat runs the same audit (reviewers.tasks.audit_roles). One line of summary; exit 0. A bad
argument is one line on standard error and exit 2.
"""

from django.core.management.base import BaseCommand, CommandError

from reviewers.role_audit import audit


class Command(BaseCommand):
    help = "Record every rank (superuser, group, permission) held without a role grant on record."

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)

        def one_line(message: str):
            line = f"{subcommand}: {message} (see manage.py {subcommand} --help)"
            if parser.called_from_command_line:
                parser.exit(2, line + "\n")
            raise CommandError(line, returncode=2)

        parser.error = one_line
        return parser

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="say what would be recorded; record nothing"
        )
        parser.add_argument("--no-mail", action="store_true", help="record, but e-mail nobody about it")

    def handle(self, *args, dry_run=False, no_mail=False, **options):
        found = audit(record=not dry_run, announce=not no_mail)
        if not found:
            self.stdout.write("Role audit: every rank held is on record.")
            return
        changes = "; ".join(str(change) for change in found)
        count = f"{len(found)} change{'' if len(found) == 1 else 's'} held without a record"
        if found[0].baseline:
            kept = "would be kept as the baseline, not recorded" if dry_run else "kept as the baseline"
            run = "Role audit (dry run)" if dry_run else "Role audit"
            self.stdout.write(f"{run}: first run, {count}, {kept}, nobody mailed: {changes}.")
        elif dry_run:
            self.stdout.write(f"Role audit (dry run): {count}, not recorded: {changes}.")
        else:
            self.stdout.write(f"Role audit: {count}, now recorded: {changes}.")
