# Kinerja: API + dashboard on one port. PostgreSQL comes from DATABASE_URL (see docker-compose.yml).
FROM node:20-bookworm-slim
ENV PNPM_VERSION=10.34.9 CI=true
WORKDIR /app
RUN npm install -g pnpm@${PNPM_VERSION}
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/api/package.json packages/api/
COPY packages/dashboard/package.json packages/dashboard/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @kinerja/dashboard build && chown -R node:node /app
USER node
# HOST: a container must listen on all of its interfaces; publish the port deliberately.
# No demo data: the first start creates `admin` from KINERJA_ADMIN_PASSWORD, or prints a generated
# password once (see docker-compose.yml).
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 KINERJA_DATA_DIR=/app/.kinerja
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# tsx directly, not through pnpm: pnpm does not pass SIGTERM on, and `docker stop` must reach the
# server so requests in flight finish and the process exits 0 (tsx relays the signal).
CMD ["node_modules/.bin/tsx", "--tsconfig", "packages/api/tsconfig.json", "packages/api/src/cli/main.ts", "start"]
