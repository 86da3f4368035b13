import type { Type } from '@nestjs/common';
import { BlogPostPages } from './blog-post.pages';
import { ConferencesPages } from './conferences.pages';
import { HoldersPages } from './holders.pages';
import { SurveysPages } from './surveys.pages';

/** Public pages (no sign-in): holders and their blogs, a request's public page, conferences, surveys, statistics. */
export const PUBLIC_PAGES: Type[] = [HoldersPages, BlogPostPages, ConferencesPages, SurveysPages];
