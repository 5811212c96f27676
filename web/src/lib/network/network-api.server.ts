import type { ApplicationInput, PracticeInput, PracticeReviewInput, ProjectInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The network's public face in the pages' API (spread into createApi): applications, projects, the practice library. */
export function networkApi({ actor, services: s, clientIp }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    apply: (input: ApplicationInput) => write(() => s.applications.apply(input, clientIp)),
    applications: () => read(() => s.applications.list(actor)),
    acceptApplication: (applicationId: number) => write(() => s.applications.accept(actor, id(applicationId))),
    rejectApplication: (applicationId: number, reason: string) => write(() => s.applications.reject(actor, id(applicationId), { reason })),
    deleteApplication: (applicationId: number) => write(() => s.applications.remove(actor, id(applicationId))),
    invitation: (token: string) => read(() => s.applications.invitation(token)),

    projects: (query: Record<string, string>) => read(() => s.projects.list(actor, query)),
    project: (projectId: number) => read(() => s.projects.get(actor, id(projectId))),
    proposeProject: (input: ProjectInput) => write(() => s.projects.propose(actor, input)),
    updateProject: (projectId: number, input: ProjectInput) => write(() => s.projects.update(actor, id(projectId), input)),
    publishProject: (projectId: number) => write(() => s.projects.publish(actor, id(projectId))),

    practices: (query: Record<string, string>) => read(() => s.practices.list(actor, query)),
    practice: (practiceId: number) => read(() => s.practices.get(actor, id(practiceId))),
    createPractice: (input: PracticeInput) => write(() => s.practices.create(actor, input)),
    updatePractice: (practiceId: number, input: PracticeInput) => write(() => s.practices.update(actor, id(practiceId), input)),
    reviewPractice: (practiceId: number, input: PracticeReviewInput) => write(() => s.practices.review(actor, id(practiceId), input)),
    publishPractice: (practiceId: number) => write(() => s.practices.publish(actor, id(practiceId))),

    privacyNotice: () => read(() => s.site.privacyNotice(actor)),
    acceptPrivacyNotice: (version: number) => write(() => s.site.acceptPrivacy(actor, { version })),
  };
}
