import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import { type Db, type RawSql, rawSqlOf } from '@zhicheng/db';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { registerErrorHandler } from './errors/error-handler.js';
import { createFinalFormConsumer } from './jobs/final-form-consumer.js';
import type { EventConsumer } from './jobs/job-queue.js';
import { createJobs } from './jobs/jobs.js';
import { type Clock, systemClock } from './lib/clock.js';
import { createDeniedAccessAudit } from './lib/denied-access-audit.js';
import { createIdempotency } from './lib/idempotency.js';
import { appLoggerOptions } from './lib/logger-options.js';
import { scheduleRateLimitCleanup } from './lib/rate-limit-store.js';
import { registerRateLimits, sharesCounters } from './lib/rate-limits.js';
import { accountRoutes } from './modules/account/routes.js';
import { createApiKeysService } from './modules/api-keys/api-keys-service.js';
import { apiKeyRoutes } from './modules/api-keys/routes.js';
import { createApplicationsService } from './modules/applications/applications-service.js';
import { scheduleCountsFold } from './modules/applications/maintained-counts.js';
import { applicationRoutes } from './modules/applications/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { createAuthService } from './modules/auth/auth-service.js';
import { type CaptchaGenerator, svgCaptchaGenerator } from './modules/auth/captcha.js';
import { authRoutes } from './modules/auth/routes.js';
import { createCalendarService } from './modules/calendar/calendar-service.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { catalogAdminRoutes } from './modules/catalog/admin-routes.js';
import { createCatalogCache } from './modules/catalog/catalog-cache.js';
import { createCatalogService } from './modules/catalog/catalog-service.js';
import { catalogRoutes } from './modules/catalog/routes.js';
import { createCyclesService } from './modules/cycles/cycles-service.js';
import { cycleRoutes } from './modules/cycles/routes.js';
import { fileRoutes } from './modules/files/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { batchTransitionRoutes } from './modules/lifecycle/batch-routes.js';
import { createBatchTransitionService } from './modules/lifecycle/batch-service.js';
import { committeeResultsRoutes } from './modules/lifecycle/committee-results-routes.js';
import { createCommitteeResultsService } from './modules/lifecycle/committee-results-service.js';
import { createLifecycleService } from './modules/lifecycle/lifecycle-service.js';
import { createReapplyService } from './modules/lifecycle/reapply-service.js';
import { lifecycleRoutes } from './modules/lifecycle/routes.js';
import { scheduleOrphanCleanup } from './modules/materials/cleanup-job.js';
import { createFileProcessor } from './modules/materials/file-processor.js';
import { createMaterialsService } from './modules/materials/materials-service.js';
import { materialRoutes } from './modules/materials/routes.js';
import { contactRoutes } from './modules/notifications/contact-routes.js';
import { createContactService } from './modules/notifications/contact-service.js';
import {
  createLogEmailSender,
  createSmtpEmailSender,
  type EmailSender,
} from './modules/notifications/email-sender.js';
import { registerNotificationJobs } from './modules/notifications/notification-jobs.js';
import { createNotificationsService } from './modules/notifications/notifications-service.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { applicantImportRoutes } from './modules/people/applicant-import-routes.js';
import { createApplicantImportService } from './modules/people/applicant-import-service.js';
import { createPeopleService } from './modules/people/people-service.js';
import { unitPeopleRoutes } from './modules/people/routes.js';
import { createPublicPublicityService } from './modules/public-publicity/public-publicity-service.js';
import { publicPublicityRoutes } from './modules/public-publicity/routes.js';
import { createPublicityService } from './modules/publicity/publicity-service.js';
import { publicityRoutes } from './modules/publicity/routes.js';
import { createReviewFormService } from './modules/review-form/review-form-service.js';
import { reviewFormRoutes } from './modules/review-form/routes.js';
import { createReviewersService } from './modules/reviewers/reviewers-service.js';
import { reviewerRoutes } from './modules/reviewers/routes.js';
import { sectionRoutes } from './modules/sections/routes.js';
import { createSectionsService } from './modules/sections/sections-service.js';
import {
  createHttpSmsSender,
  createLogSmsSender,
  type SentMessage,
  type SmsSender,
} from './modules/sms/sms-sender.js';
import { createSmsService } from './modules/sms/sms-service.js';
import { smsTestHookRoutes } from './modules/sms/test-hook-routes.js';
import { statsRoutes } from './modules/stats/routes.js';
import { createStatsService } from './modules/stats/stats-service.js';
import { unitRoutes } from './modules/units/routes.js';
import { unitsRepository } from './modules/units/units-repository.js';
import { createUnitsService } from './modules/units/units-service.js';
import { createDeliveryService } from './modules/webhooks/delivery-service.js';
import { webhookRoutes } from './modules/webhooks/routes.js';
import { systemResolver } from './modules/webhooks/target-guard.js';
import { registerWebhookJobs } from './modules/webhooks/webhook-jobs.js';
import { createWebhooksService } from './modules/webhooks/webhooks-service.js';
import authenticate from './plugins/authenticate.js';
import { registerNoStore } from './plugins/no-store.js';
import openapi from './plugins/openapi.js';
import { registerRefuseNul } from './plugins/refuse-nul.js';
import webApp, { hasWebBuild } from './plugins/web-app.js';
import type { ObjectStorage } from './storage/object-storage.js';
import { createReviewFormPool, type ReviewFormRenderer } from './workers/review-form-pool.js';

export interface AppDeps {
  config: Config;
  db: Db;
  /** Raw SQL on the same database, for the job queue (a `DbHandle` is one); defaults to `db`'s client. */
  sql?: RawSql;
  pingDatabase(): Promise<boolean>;
  storage: ObjectStorage;
  clock?: Clock;
  captcha?: CaptchaGenerator;
  /** Defaults to the sender `config.sms` names (the log sender in development). */
  smsSender?: SmsSender;
  /** Defaults to the sender `config.email` names (the log sender unless SMTP is configured). */
  emailSender?: EmailSender;
  /** Pino logger options or false; tests keep it quiet. */
  logger?: boolean | Record<string, unknown>;
  /** Renders 评审表 PDFs; defaults to a worker pool sized by `config.reviewForm` (closed with the app). */
  reviewFormRenderer?: ReviewFormRenderer;
  /** Called before the app is sealed (tests add probe routes here). */
  extend?: (app: FastifyInstance) => Promise<void> | void;
  /** Outbox consumers besides the app's own (tests record what is delivered). */
  eventConsumers?: readonly EventConsumer[];
}

/** Builds the whole application from explicit dependencies; `server.ts` listens, tests `inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: deps.logger ?? appLoggerOptions(config.logLevel),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const webRoot = hasWebBuild(config.webDistDir) ? config.webDistDir : undefined;
  registerErrorHandler(app, {
    spaFallback: Boolean(webRoot),
    deniedAccess: createDeniedAccessAudit({ db: deps.db, clock }),
  });
  registerRefuseNul(app);
  registerNoStore(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        // The file viewer frames a PDF's bytes (fetched with the bearer token) as a `blob:` URL, which
        // only this origin can create; nothing else is framed.
        frameSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        // Intranet installs often run on plain http; upgrading requests there would break every asset.
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await registerRateLimits(app, { sql: deps.sql, clock });
  await app.register(openapi);

  // Durable background work (ADR 0008). Declare job kinds and event consumers below:
  // `jobs.queue.work(...)`, `jobs.consumeEvents(consumer)`. They start once the app is ready.
  const sql = deps.sql ?? rawSqlOf(deps.db);
  const jobs = createJobs({
    db: deps.db,
    sql,
    pollSeconds: config.jobs.pollSeconds,
    onError: (error, context) => app.log.error({ err: error, ...context }, 'background job failed'),
  });
  app.addHook('onReady', () => jobs.start());
  app.decorate('backgroundIdle', () => jobs.idle());
  for (const consumer of deps.eventConsumers ?? []) jobs.consumeEvents(consumer);

  const authService = createAuthService({
    db: deps.db,
    config,
    clock,
    captcha: deps.captcha ?? svgCaptchaGenerator,
    signAccessToken: (claims) => app.signAccessToken(claims),
  });
  const apiKeysService = createApiKeysService({ db: deps.db, clock });
  await app.register(authenticate, {
    clock,
    secret: config.jwtSecret,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    authService: () => authService,
    apiKeys: () => apiKeysService,
    apiKeyRateLimitPerMinute: config.apiKeyRateLimitPerMinute,
  });

  let outbox: SentMessage[] | undefined;
  let smsSender = deps.smsSender;
  if (!smsSender) {
    if (config.sms.provider === 'http') {
      smsSender = createHttpSmsSender({ url: config.sms.url, token: config.sms.token });
    } else {
      const logSender = createLogSmsSender(() => app.log, { clock, production: config.env === 'production' });
      outbox = logSender.outbox;
      smsSender = logSender;
    }
  }
  const smsService = createSmsService({
    db: deps.db,
    clock,
    sender: smsSender,
    signature: config.sms.signature,
    // A unit's registration and a signed-in person's new mobile prove a number not yet on their account.
    mayReceive: async (mobile, purpose) =>
      purpose === 'register' ||
      purpose === 'contact' ||
      (await unitsRepository.mobileBelongsToUnitAdmin(deps.db, mobile)),
  });
  const emailSender = deps.emailSender ?? defaultEmailSender(app, config, clock);
  const notificationsService = createNotificationsService({ db: deps.db, clock });
  const contactService = createContactService({
    db: deps.db,
    clock,
    sms: smsService,
    notices: jobs.queue,
  });
  await registerNotificationJobs(jobs, {
    db: deps.db,
    sql,
    clock,
    sms: smsSender,
    email: emailSender,
    smsSignature: config.sms.signature,
    publicUrl: config.reviewForm.publicUrl,
  });
  const peopleService = createPeopleService({ db: deps.db, clock });
  const applicantImportService = createApplicantImportService({ db: deps.db });
  const unitsService = createUnitsService({ db: deps.db, clock, sms: smsService });
  const reviewersService = createReviewersService({ db: deps.db, people: peopleService });
  const catalogService = createCatalogService({ db: deps.db, clock });
  const cyclesService = createCyclesService({ db: deps.db, clock });
  const catalog = createCatalogCache(deps.db);
  const applicationsService = createApplicationsService({ db: deps.db, clock, catalog });
  const sectionsService = createSectionsService({ db: deps.db, clock, applications: applicationsService });
  const fileProcessor = createFileProcessor({
    db: deps.db,
    storage: deps.storage,
    queue: jobs.queue,
    log: () => app.log,
  });
  const materialsService = createMaterialsService({
    db: deps.db,
    storage: deps.storage,
    config,
    applications: applicationsService,
    processor: fileProcessor,
  });
  await scheduleOrphanCleanup({ db: deps.db, storage: deps.storage, queue: jobs.queue });
  await scheduleCountsFold({ sql, queue: jobs.queue });
  if (sharesCounters(deps.sql)) await scheduleRateLimitCleanup({ sql: deps.sql, clock, queue: jobs.queue });
  const lifecycleService = createLifecycleService({
    db: deps.db,
    clock,
    applications: applicationsService,
    outbox: jobs.outbox,
  });
  const reapplyService = createReapplyService({
    db: deps.db,
    clock,
    catalog,
    applications: applicationsService,
  });
  const idempotency = createIdempotency({ db: deps.db, clock });
  const calendarService = createCalendarService({ db: deps.db });
  const publicityService = createPublicityService({
    db: deps.db,
    clock,
    outbox: jobs.outbox,
    applications: applicationsService,
    calendar: calendarService,
  });
  const batchTransitionService = createBatchTransitionService({ lifecycle: lifecycleService });
  const publicPublicityService = createPublicPublicityService({
    db: deps.db,
    clock,
    applications: applicationsService,
  });
  const statsService = createStatsService({ db: deps.db });
  const webhookDeps = {
    db: deps.db,
    clock,
    queue: jobs.queue,
    config: config.webhooks,
    resolve: systemResolver,
  };
  const webhooksService = createWebhooksService(webhookDeps);
  await registerWebhookJobs(jobs, createDeliveryService(webhookDeps));
  const committeeResultsService = createCommitteeResultsService({ lifecycle: lifecycleService });
  const reviewFormRenderer =
    deps.reviewFormRenderer ??
    createReviewFormPool({
      threads: config.reviewForm.workers,
      queueMax: config.reviewForm.queueMax,
      timeoutMs: config.reviewForm.timeoutMs,
    });
  if (!deps.reviewFormRenderer) app.addHook('onClose', () => reviewFormRenderer.close());
  const reviewFormService = createReviewFormService({
    db: deps.db,
    storage: deps.storage,
    renderer: reviewFormRenderer,
    clock,
    applications: applicationsService,
    publicUrl: config.reviewForm.publicUrl,
  });
  jobs.consumeEvents(createFinalFormConsumer(reviewFormService));

  await app.register(healthRoutes, {
    pingDatabase: deps.pingDatabase,
    pingStorage: () => deps.storage.ping(),
  });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { authService, config });
      await api.register(accountRoutes, { authService, config });
      await api.register(auditRoutes, { db: deps.db });
      await api.register(unitRoutes, { unitsService, smsService, config });
      await api.register(unitPeopleRoutes, { peopleService });
      await api.register(applicantImportRoutes, { applicantImportService });
      await api.register(reviewerRoutes, { reviewersService });
      await api.register(catalogRoutes, { catalog });
      await api.register(catalogAdminRoutes, { catalogService });
      await api.register(cycleRoutes, { cyclesService });
      await api.register(applicationRoutes, { applicationsService, reviewFormService, idempotency });
      await api.register(reviewFormRoutes, { reviewFormService, config });
      await api.register(sectionRoutes, { sectionsService });
      await api.register(materialRoutes, { materialsService, storage: deps.storage });
      await api.register(fileRoutes, { db: deps.db, storage: deps.storage });
      await api.register(lifecycleRoutes, { lifecycleService, reapplyService, idempotency });
      await api.register(batchTransitionRoutes, { batchTransitionService, idempotency });
      await api.register(committeeResultsRoutes, { committeeResultsService, idempotency });
      await api.register(calendarRoutes, { calendarService });
      await api.register(publicityRoutes, { publicityService, idempotency });
      await api.register(publicPublicityRoutes, { publicPublicityService, config });
      await api.register(statsRoutes, { statsService });
      await api.register(webhookRoutes, { webhooksService });
      await api.register(notificationRoutes, { notificationsService });
      await api.register(contactRoutes, { contactService, config });
      await api.register(apiKeyRoutes, { apiKeysService });
      if (config.testHooks && outbox) await api.register(smsTestHookRoutes, { outbox });
    },
    { prefix: '/api/v1' },
  );

  if (webRoot) await app.register(webApp, { root: webRoot });
  await deps.extend?.(app);
  // Added last because Fastify runs onClose hooks last-in first-out: running job handlers finish (or are
  // failed, to be retried) before what they use (the render pool, SMTP, …) is closed.
  app.addHook('onClose', () => jobs.stop());
  return app;
}

/** SMTP when configured (closed with the app), else one log line per e-mail. */
function defaultEmailSender(app: FastifyInstance, config: Config, clock: Clock): EmailSender {
  if (config.email.provider === 'log')
    return createLogEmailSender(() => app.log, { clock, production: config.env === 'production' });
  const smtp = createSmtpEmailSender({ url: config.email.url, from: config.email.from });
  app.addHook('onClose', async () => smtp.close());
  return smtp;
}
