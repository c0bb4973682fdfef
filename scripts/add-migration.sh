#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migrations assemblies.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  dir=src/Migrations/Muhtar.Migrations.$p
  dotnet ef migrations add "$name" --project "$dir" --startup-project "$dir" -o Migrations
done
