import { Controller, Get, Inject, NotFoundException, Param, Render, Req } from '@nestjs/common';
import type { BlogPost, HolderBlogReply, HolderView } from '@od/contracts';
import type { Request } from 'express';
import { GatewayClient } from '../../gateway/gateway-client';
import { asReader, bodyOrThrow, holderIdOf, query, uuidOf } from './public-pages.helpers';

/** The gateway offers the blog only as a feed (no post by id), so the page reads it a hundred posts at a time. */
const POSTS_PER_READ = 100;
/** Enough for any blog the portal shows today; a post further back than this is a 404 rather than a slow page. */
const MOST_READS = 20;

/** Public: one request on a holder's first-head blog — subject, text, the answer and their dates, never who asked. */
@Controller('holders')
export class BlogPostPages {
  constructor(@Inject(GatewayClient) private readonly gateway: GatewayClient) {}

  @Get(':holderId/blog/:requestId')
  @Render('pages/public/blog-post.njk')
  async one(@Req() request: Request, @Param('holderId') holderId: string, @Param('requestId') requestId: string) {
    const id = holderIdOf(holderId);
    const holder = bodyOrThrow(await this.gateway.get<HolderView>(`/api/holders/${id}`, asReader(request)));
    if (!holder.blog.hasBlog) throw new NotFoundException();
    const post = await this.findPost(request, id, uuidOf(requestId).toLowerCase());
    return { pageTitle: post.subject, holder: { holderId: holder.holderId, name: holder.name[request.language] }, post };
  }

  private async findPost(request: Request, holderId: string, requestId: string): Promise<BlogPost> {
    let cursor: string | undefined;
    for (let read = 0; read < MOST_READS; read++) {
      const path = `/api/holders/${holderId}/blog${query({ limit: String(POSTS_PER_READ), cursor })}`;
      const page = bodyOrThrow(await this.gateway.get<HolderBlogReply>(path, asReader(request)));
      const post = page.items.find((item) => item.requestId.toLowerCase() === requestId);
      if (post) return post;
      if (!page.hasMore || !page.nextCursor) break;
      cursor = page.nextCursor;
    }
    throw new NotFoundException();
  }
}
