# syntax=docker/dockerfile:1
#
# One Dockerfile, two images:
#   docker build --target server -t duban/server .   api, worker and the one-shot migrate job
#   docker build --target admin  -t duban/admin  .   the built admin behind nginx (proxies /graphql)
#
# The api and the worker run the SWC build in dist/ (tools/build-server.mjs), as `npm start` does.
# The migrate job still runs tools/db.ts through @swc-node/register, so the image keeps that.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── dependencies ──────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: the lockfile only lists this platform's optional native binaries
# (see .ci/run); `npm install` still follows the lockfile for everything else.
RUN npm install --no-audit --no-fund && npm cache clean --force

# ── sources ───────────────────────────────────────────────────────────────────────────────────────
FROM deps AS source
COPY tsconfig.base.json tsconfig.json .swcrc nx.json ./
COPY libs ./libs
COPY apps ./apps
COPY tools ./tools

# ── admin build ───────────────────────────────────────────────────────────────────────────────────
FROM source AS server-build
RUN node tools/build-server.mjs

FROM source AS admin-build
# Writes dist/apps/admin (see apps/admin/vite.config.ts).
RUN npx vite build --config apps/admin/vite.config.ts --logLevel warn

# ── server image: api, worker, migrate ───────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS server
ENV NODE_ENV=production
WORKDIR /app
COPY --from=server-build --chown=node:node /app /app
USER node
EXPOSE 3000
# Default: the API. The worker and the migrate job override the command (docker-compose.yml, infra/k8s).
CMD ["node", "dist/apps/api/src/main.js"]

# ── admin image: static files + reverse proxy ────────────────────────────────────────────────────
# nginx-unprivileged listens on 8080 as a non-root user, which Kubernetes' runAsNonRoot allows.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS admin
# The official entrypoint renders /etc/nginx/templates/*.template with envsubst (API_UPSTREAM).
ENV API_UPSTREAM=api:3000
COPY infra/nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=admin-build /app/dist/apps/admin /usr/share/nginx/html
EXPOSE 8080
