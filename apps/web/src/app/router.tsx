import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/routes/login-page';
import { loadAllTexts } from '../i18n';
import { HomeRedirect } from './guards/home-redirect';
import { RequireAuth } from './guards/require-auth';
import { RequireRole } from './guards/require-role';
import { notificationSettingsPath, passwordPath, routedPages } from './navigation/role-pages';
import type { RouteHandle } from './routes/route-handle';

// The login page ships in the first bundle; everything behind it is loaded when first visited.
// The shell (and so every signed-in page inside it) and the public pages wait for all their texts.
const withTexts =
  <T,>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadAllTexts()]).then(([m]) => m);
const AppShell = lazy(withTexts(() => import('./layouts/app-shell')));
const RoleHomePage = lazy(() => import('./routes/role-home-page'));
const ComingSoonPage = lazy(() => import('./routes/coming-soon-page'));
const NotFoundPage = lazy(() => import('./routes/not-found-page'));
const ChangePasswordPage = lazy(() => import('../features/account/routes/change-password-page'));
const NotificationSettingsPage = lazy(
  () => import('../features/notifications/routes/notification-settings-page'),
);
const RegisterPage = lazy(withTexts(() => import('../features/registration/routes/register-page')));
const ForgotPasswordPage = lazy(
  withTexts(() => import('../features/registration/routes/forgot-password-page')),
);
const publicPages = withTexts(() => import('./routes/public-pages'));
const PublicPublicityPage = lazy(() => publicPages().then((m) => ({ default: m.PublicPublicityPage })));
const VerifyPage = lazy(() => publicPages().then((m) => ({ default: m.VerifyPage })));
// The tab 预览评审表 / 打印评审表 open: signed in, without the shell (it becomes the PDF).
const ReviewFormPage = lazy(
  withTexts(() => import('./layouts/app-shell').then((m) => ({ default: m.ReviewFormPage }))),
);

// 接口对接 (unit admin and bureau admin): one page, the keys and webhooks of the caller's unit or the bureau.
const IntegrationsPage = lazy(() => import('../features/integrations/routes/integrations-page'));

// 资格评审审核 (unit) and 部门审核 (department): one page, the role decides its defaults.
const ReviewQueuePage = lazy(() => import('../features/review-queue/routes/review-queue-page'));

/** Role pages already built, by path; every other menu entry shows its placeholder. */
const builtPages: Partial<Record<string, ComponentType>> = {
  '/unit': lazy(() => import('../features/unit/routes/unit-todo-page')),
  '/unit/applicants': lazy(() => import('../features/people/routes/applicants-page')),
  '/unit/operators': lazy(() => import('../features/people/routes/operators-page')),
  '/unit/profile': lazy(() => import('./routes/unit-profile-route')),
  '/bureau/reviewers': lazy(() => import('../features/reviewers/routes/reviewers-page')),
  '/bureau/audit': lazy(() => import('../features/audit/routes/audit-page')),
  '/applicant': lazy(() => import('./routes/applicant-home-page')),
  '/applicant/progress': lazy(() => import('./routes/progress-page')),
  '/bureau/catalog': lazy(() => import('../features/catalog-admin/routes/catalog-admin-page')),
  '/bureau/organizations': lazy(() => import('../features/catalog-admin/routes/organizations-page')),
  '/bureau/cycles': lazy(() => import('../features/cycles/routes/cycles-page')),
  '/bureau/calendar': lazy(() => import('../features/calendar/routes/calendar-page')),
  '/bureau/stats': lazy(() => import('../features/stats/routes/bureau-stats-page')),
  '/dept/stats': lazy(() => import('../features/stats/routes/dept-stats-page')),
  '/unit/reviews': ReviewQueuePage,
  '/dept/reviews': ReviewQueuePage,
  '/dept/publicity': lazy(() => import('../features/review-queue/routes/result-publicity-page')),
  '/committee/results': lazy(() => import('../features/committee-results/routes/committee-results-page')),
  '/unit/integrations': IntegrationsPage,
  '/bureau/integrations': IntegrationsPage,
};

// The applicant's wizard: not in the menu (申报首页 stays selected), applicants only.
const QualificationPage = lazy(() => import('../features/applications/routes/qualification-page'));
const SectionsPage = lazy(() => import('../features/sections/routes/sections-page'));
const SectionPage = lazy(() => import('../features/sections/routes/section-page'));
const MaterialsPage = lazy(() => import('../features/materials/routes/materials-page'));
const MaterialCategoryPage = lazy(() => import('../features/materials/routes/material-category-page'));
const SubmitPage = lazy(() => import('../features/submission/routes/submit-page'));
const TimelinePage = lazy(() => import('../features/submission/routes/timeline-page'));
const applicationWizard = {
  element: <RequireRole roles={['applicant']} />,
  children: [
    {
      path: '/applicant/applications/new',
      handle: { titleKey: 'wizardQualification' },
      element: <QualificationPage />,
    },
    {
      path: '/applicant/applications/:id/qualification',
      handle: { titleKey: 'wizardQualification' },
      element: <QualificationPage />,
    },
    {
      path: '/applicant/applications/:id/sections',
      handle: { titleKey: 'wizardSections' },
      element: <SectionsPage />,
    },
    {
      path: '/applicant/applications/:id/sections/:key',
      handle: { titleKey: 'wizardSections' },
      element: <SectionPage />,
    },
    {
      path: '/applicant/applications/:id/materials',
      handle: { titleKey: 'wizardMaterials' },
      element: <MaterialsPage />,
    },
    {
      path: '/applicant/applications/:id/materials/:category',
      handle: { titleKey: 'wizardMaterials' },
      element: <MaterialCategoryPage />,
    },
    {
      path: '/applicant/applications/:id/submit',
      handle: { titleKey: 'wizardSubmit' },
      element: <SubmitPage />,
    },
    {
      path: '/applicant/applications/:id/timeline',
      handle: { titleKey: 'progress' },
      element: <TimelinePage />,
    },
  ],
} satisfies RouteObject & { children: { handle: RouteHandle }[] };

// The review detail page: not in the menu (the queue stays selected), for the roles whose menu holds the queue.
const ReviewDetailPage = lazy(() => import('../features/review/routes/review-detail-page'));
function reviewDetailRoutes(): RouteObject[] {
  return ['/unit/reviews', '/dept/reviews', '/dept/publicity', '/committee/results'].map((queue) => ({
    element: <RequireRole roles={routedPages().find((p) => p.path === queue)?.roles ?? []} />,
    children: [{ path: `${queue}/:id`, handle: handle('reviewDetail'), element: <ReviewDetailPage /> }],
  }));
}

function pageElement(page: { path: string; home: boolean }) {
  const Built = builtPages[page.path];
  if (Built) return <Built />;
  return page.home ? <RoleHomePage /> : <ComingSoonPage />;
}

function handle(titleKey: RouteHandle['titleKey']): RouteHandle {
  return { titleKey };
}

/** Every route of the SPA; `handle.titleKey` names the page. */
export function createRoutes(): RouteObject[] {
  const rolePages: RouteObject[] = routedPages().map((page) => ({
    element: <RequireRole roles={page.roles} />,
    children: [
      {
        path: page.path,
        handle: handle(page.labelKey),
        element: pageElement(page),
      },
    ],
  }));

  return [
    { path: '/login', handle: handle('login'), element: <LoginPage /> },
    { path: '/register', handle: handle('register'), element: <RegisterPage /> },
    { path: '/forgot-password', handle: handle('forgotPassword'), element: <ForgotPasswordPage /> },
    { path: '/publicity', handle: handle('publicPublicity'), element: <PublicPublicityPage /> },
    { path: '/verify/:code', handle: handle('verify'), element: <VerifyPage /> },
    {
      element: <RequireAuth />,
      children: [
        { path: '/', element: <HomeRedirect /> },
        { path: '/review-form/:id', handle: handle('reviewForm'), element: <ReviewFormPage /> },
        {
          element: <AppShell />,
          children: [
            { path: passwordPath, handle: handle('changePassword'), element: <ChangePasswordPage /> },
            {
              path: notificationSettingsPath,
              handle: handle('notificationSettings'),
              element: <NotificationSettingsPage />,
            },
            ...rolePages,
            ...reviewDetailRoutes(),
            applicationWizard,
          ],
        },
      ],
    },
    { path: '*', handle: handle('notFound'), element: <NotFoundPage /> },
  ];
}
